// Node-side entry: ajv validation and reading data folders from disk.
export { validate, validateFile, kindOfFile, type Validation, type ValidateOptions } from './validate.ts';
export { loadDataset, datasetFiles, DEFAULT_DATA_DIR, type Dataset, type DatasetResult } from './dataset.ts';
