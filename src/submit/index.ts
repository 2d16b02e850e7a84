/** `livy submit`: spark-submit's command line translated into Livy request bodies. */
export {
  SPARK_SUBMIT_OPTIONS,
  LIVY_ONLY_OPTIONS,
  HELP_GROUPS,
  type SparkSubmitOption,
  type LivyOnlyOption,
  type LivyMapping,
  type HelpGroup,
  type ResourceField,
  type ValueKind,
} from './options.js';
export {
  parseSubmitArgv,
  scanSparkSubmitArgv,
  type ParsedSubmitArgv,
  type SubmitAction,
  type OptionOccurrence,
  type LivyCliOptions,
} from './parse-argv.js';
export {
  parseJavaProperties,
  parseSparkPropertiesFile,
  trimExceptCRLF,
  PropertiesSyntaxError,
  type PropertyEntry,
} from './properties-file.js';
export { isValidSparkMemory, sparkMemoryBytes, parsePositiveInt, isValidMaster } from './spark-size.js';
export { splitCommaList, resolveFileReference, resolveFileList, type PathContext } from './paths.js';
export { translateSparkResources, type TranslateContext, type ResourceTranslation } from './spark-resources.js';
export { translateSubmit, primaryResourceKind, type SubmissionArgv, type BatchTranslation } from './translate.js';
export {
  parseSessionArgv,
  translateSessionOptions,
  type ParsedSessionArgv,
  type SessionOptionsTranslation,
} from './session-options.js';
export { submitHelpText, EXIT_CODES } from './help.js';
