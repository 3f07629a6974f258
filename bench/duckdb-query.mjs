// Runs one SQL query (the first argument) with DuckDB's Node package and prints the first rows of the
// result: bench/run.sh's DuckDB peer where neither the duckdb command nor Python's module is installed.
import { DuckDBInstance } from '@duckdb/node-api';

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const result = await connection.runAndReadAll(process.argv[2]);
console.log(JSON.stringify(result.getRows().slice(0, 5), (k, v) => (typeof v === 'bigint' ? v.toString() : v)));
