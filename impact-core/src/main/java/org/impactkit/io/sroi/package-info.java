/** Reading impact maps and inputs (SPEC §6) from CSV, XLSX or an evaluation folder. */
package org.impactkit.io.sroi;
