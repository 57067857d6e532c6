/**
 * What Django 5.2's default form renderer (DjangoTemplates with the `django/forms/*.html`
 * templates) produces, as text: each function gives the rendered template with the same
 * whitespace, stripped at both ends as the renderer strips it.
 */

/** One visible field of a form layout, with its parts already rendered. */
export interface FieldParts {
  /** `{{ field }}`: the widget. */
  widget: string;
  /** `{{ field.label_tag }}`, '' without a label. */
  labelTag: string;
  /** The errors for p/ul/table (`{{ errors }}`, an ErrorList without id). */
  errors: string;
  /** `{{ field.as_field_group }}` for div. */
  group: () => string;
  /** help_text, marked safe (`|safe`). */
  helpText: string;
  autoId: string;
  cssClasses: string;
}

export interface FormParts {
  /** The top errors: non-field errors and hidden fields' ones. */
  errors: string;
  fields: FieldParts[];
  /** The hidden fields' widgets, concatenated. */
  hidden: string;
}

const classAttr = (classes: string) => (classes ? ` class="${classes}"` : '');
const helpId = (f: FieldParts) => (f.autoId ? ` id="${f.autoId}_helptext"` : '');

export function renderDiv({ errors, fields, hidden }: FormParts): string {
  let out = errors + '\n';
  if (errors && !fields.length) out += `\n  <div>${hidden}</div>\n`;
  out += '\n';
  fields.forEach((f, i) => {
    out += `\n  <div${classAttr(f.cssClasses)}>\n    ${f.group()}\n    `;
    if (i === fields.length - 1) out += `\n      ${hidden}\n    `;
    out += '\n</div>\n';
  });
  out += '\n';
  if (!fields.length && !errors) out += `\n  ${hidden}\n`;
  return (out + '\n').trim();
}

export function renderP({ errors, fields, hidden }: FormParts): string {
  let out = errors + '\n';
  if (errors && !fields.length) out += `\n  <p>${hidden}</p>\n`;
  out += '\n';
  fields.forEach((f, i) => {
    out += `\n  ${f.errors}\n  <p${classAttr(f.cssClasses)}>\n    ${f.labelTag}\n    ${f.widget}\n    `;
    if (f.helpText) out += `\n      <span class="helptext"${helpId(f)}>${f.helpText}</span>\n    `;
    out += '\n    ';
    if (i === fields.length - 1) out += `\n      ${hidden}\n    `;
    out += '\n  </p>\n';
  });
  out += '\n';
  if (!fields.length && !errors) out += `\n  ${hidden}\n`;
  return (out + '\n').trim();
}

export function renderUl({ errors, fields, hidden }: FormParts): string {
  let out = '';
  if (errors) {
    out += `\n  <li>\n    ${errors}\n  `;
    if (!fields.length) out += `\n    ${hidden}\n  `;
    out += '\n  </li>\n';
  }
  out += '\n';
  fields.forEach((f, i) => {
    out += `\n  <li${classAttr(f.cssClasses)}>\n    ${f.errors}\n    ${f.labelTag}\n    ${f.widget}\n    `;
    if (f.helpText) out += `\n      <span class="helptext"${helpId(f)}>${f.helpText}</span>\n    `;
    out += '\n    ';
    if (i === fields.length - 1) out += `\n      ${hidden}\n    `;
    out += '\n  </li>\n';
  });
  out += '\n';
  if (!fields.length && !errors) out += `\n  ${hidden}\n`;
  return (out + '\n').trim();
}

export function renderTable({ errors, fields, hidden }: FormParts): string {
  let out = '';
  if (errors) {
    out += `\n  <tr>\n    <td colspan="2">\n      ${errors}\n      `;
    if (!fields.length) out += `\n        ${hidden}\n      `;
    out += '\n    </td>\n  </tr>\n';
  }
  out += '\n';
  fields.forEach((f, i) => {
    out += `\n  <tr${classAttr(f.cssClasses)}>\n    <th>${f.labelTag}</th>\n    <td>\n      ${f.errors}\n      ${f.widget}\n      `;
    if (f.helpText) out += `\n        <br>\n        <span class="helptext"${helpId(f)}>${f.helpText}</span>\n      `;
    out += '\n      ';
    if (i === fields.length - 1) out += `\n        ${hidden}\n      `;
    out += '\n    </td>\n  </tr>\n';
  });
  out += '\n';
  if (!fields.length && !errors) out += `\n  ${hidden}\n`;
  return (out + '\n').trim();
}

/** field.html, `{{ field.as_field_group }}`: label (or legend in a fieldset), help text, errors, widget. */
export function renderFieldGroup(parts: { useFieldset: boolean; ariaDescribedby: string; legendTag: string; labelTag: string; helpText: string; autoId: string; errors: string; widget: string }): string {
  let out = '';
  if (parts.useFieldset) {
    out += `\n  <fieldset${parts.ariaDescribedby ? ` aria-describedby="${parts.ariaDescribedby}"` : ''}>\n  ${parts.legendTag}\n`;
  } else out += `\n  ${parts.labelTag}\n`;
  out += '\n';
  if (parts.helpText) out += `<div class="helptext"${parts.autoId ? ` id="${parts.autoId}_helptext"` : ''}>${parts.helpText}</div>`;
  out += `\n${parts.errors}\n${parts.widget}${parts.useFieldset ? '</fieldset>' : ''}\n`;
  return out.trim();
}
