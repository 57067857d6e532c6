/** camel_case_to_spaces: the default verbose_name of a model class. */
export function camelCaseToSpaces(name: string): string {
  return name.replace(/((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$))/g, ' $&').trim().toLowerCase();
}
