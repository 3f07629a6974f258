/**
 * Turning CSV and XLSX files into records: opening tables, the record readers, parser messages. Not API
 * (not exported): read files through {@code Impact} and {@code evaluation}.
 */
package org.impactkit.read;
