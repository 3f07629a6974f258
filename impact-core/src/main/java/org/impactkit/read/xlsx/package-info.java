/** Streaming XLSX sheets read as a person sees them. Implementation detail; not API. */
package org.impactkit.read.xlsx;
