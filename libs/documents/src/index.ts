export * from './csv/read-csv-table';
export * from './csv/inventory-csv';
export * from './oscal';
export * from './reports';
