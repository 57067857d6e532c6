/**
 * Django's template language: the engine that finds and renders
 * the learner's templates, its exceptions, and the Python modules that expose it.
 */
export { Engine, type EngineOptions, type RenderRequest } from './engine';
export { Template } from './template';
export { TemplateDoesNotExist, TemplateSyntaxError, VariableDoesNotExist, errorData, type TemplateDebugInfo, type TemplateErrorData } from './errors';
export { templateModules } from './python-module';
export { templateResponseModule } from './response';
export { markSafe, isSafe, SafeString } from './safe';
