/** Turning CSV and XLSX files into records: opening tables, the record readers, parser messages. */
package org.impactkit.read;
