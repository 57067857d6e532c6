import { Callout } from './Callout';
import { Edit } from './Edit';
import { Exercise, Hint } from './Exercise';
import { Choice, Question, Quiz, Why } from './Quiz';

/** The components a lesson's MDX may use by name. */
export const mdxComponents = { Callout, Edit, Exercise, Hint, Quiz, Question, Choice, Why };
