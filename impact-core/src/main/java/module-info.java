/**
 * impact-core: social value figures from participant and activity records, by the HM Treasury
 * WELLBY-based wellbeing valuation (SPEC §5) and SROI from an impact map (SPEC §6), with reports a
 * funder can read, print and audit.
 *
 * <p>Start at {@link org.impactkit.Impact}. Only the API packages are exported: the facade, the records
 * read from inputs ({@code model}), problems ({@code diagnostic}), value banks ({@code bank}), the two
 * engines' results ({@code valuation}, {@code sroi}), two years compared ({@code compare}), a run's settings and files ({@code evaluation})
 * and the report formats ({@code report}). The readers, the report writers and every {@code internal}
 * package are implementation.
 */
module org.impactkit {
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires de.siegmar.fastcsv;
  requires java.xml;
  requires org.apache.commons.compress;
  requires org.apache.commons.csv;
  requires org.apache.logging.log4j;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires org.yaml.snakeyaml;

  /** {@link org.impactkit.Impact}: load a bank, calculate, run an SROI, write reports. */
  exports org.impactkit;
  /** Records read from inputs or built in code, and where each came from. */
  exports org.impactkit.model;
  /** Problems with inputs, and the exception that carries every one. */
  exports org.impactkit.diagnostic;
  /** Value banks: outcomes, values, age bands, regions. */
  exports org.impactkit.bank;
  /** The wellbeing valuation's result, streaming calculator, rounding and discounting. */
  exports org.impactkit.valuation;
  /** The SROI of an impact map. */
  exports org.impactkit.sroi;
  /** Two years' results side by side. */
  exports org.impactkit.compare;
  /** The settings of a run and the files of an evaluation. */
  exports org.impactkit.evaluation;
  /** Report formats and how figures read. */
  exports org.impactkit.report;

  provides org.apache.logging.log4j.spi.Provider with org.impactkit.internal.QuietLogging;
}
