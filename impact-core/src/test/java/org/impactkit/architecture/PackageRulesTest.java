package org.impactkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The layout of SPEC §2 as a test: which package may use which, on the compiled classes (so a fully
 * qualified use counts as much as an import). Data flows one way: read → evaluate → value → report.
 * {@link SourceImportsTest} checks the same bans on the sources, where an unused import still counts.
 */
@AnalyzeClasses(packages = "org.impactkit", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {
  private static final String JAVA = "java..";
  private static final String INTERNAL = "org.impactkit.internal..";
  private static final String MODEL = "org.impactkit.model..";
  private static final String DIAGNOSTIC = "org.impactkit.diagnostic..";
  private static final String BANK = "org.impactkit.bank..";
  private static final String VALUATION = "org.impactkit.valuation..";
  private static final String SROI = "org.impactkit.sroi..";
  private static final String READ = "org.impactkit.read..";
  private static final String REPORT = "org.impactkit.report..";
  private static final String EVALUATION = "org.impactkit.evaluation..";
  private static final String TEMPLATE = "org.impactkit.template..";
  private static final String COMPARE = "org.impactkit.compare..";

  @ArchTest
  static final ArchRule engineIsFormatFree = noClasses()
      .that().resideInAnyPackage(MODEL, DIAGNOSTIC, BANK, VALUATION, SROI, COMPARE)
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "com.fasterxml.jackson..",
          "org.apache.commons.csv..", "de.siegmar.fastcsv..", "picocli..", READ, REPORT, EVALUATION, TEMPLATE)
      .because("SPEC §2: engine packages never import file-format, report or terminal code");

  @ArchTest
  static final ArchRule modelUsesNothing = classes().that().resideInAPackage(MODEL)
      .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, MODEL, INTERNAL)
      .because("SPEC §2: model, the records read from inputs, uses no other job package");

  @ArchTest
  static final ArchRule diagnosticUsesModel = classes().that().resideInAPackage(DIAGNOSTIC)
      .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, DIAGNOSTIC, MODEL, INTERNAL);

  @ArchTest
  static final ArchRule bankUsesModel = classes().that().resideInAPackage(BANK)
      .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, BANK, MODEL, INTERNAL);

  @ArchTest
  static final ArchRule valuationUsesTheEngineBelowIt = classes().that().resideInAPackage(VALUATION)
      .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, VALUATION, MODEL, DIAGNOSTIC, BANK, INTERNAL);

  @ArchTest
  static final ArchRule sroiUsesOnlyValuationsDiscounting = classes().that().resideInAPackage(SROI)
      .should().onlyDependOnClassesThat(DescribedPredicate.describe(
          "in java, sroi, model, diagnostic, bank or internal, or valuation's discounting, rounding and formats",
          c -> c.getPackageName().startsWith("java.")
              || c.getPackageName().startsWith("org.impactkit.sroi")
              || c.getPackageName().startsWith("org.impactkit.model")
              || c.getPackageName().startsWith("org.impactkit.diagnostic")
              || c.getPackageName().startsWith("org.impactkit.bank")
              || c.getPackageName().startsWith("org.impactkit.internal")
              || c.getName().startsWith("org.impactkit.valuation.Discounting")
              || c.getName().equals("org.impactkit.valuation.Rounding")
              || c.getName().equals("org.impactkit.valuation.Formats")))
      .because("SPEC §2: sroi may use valuation's discounting (and the one rounding rule, and the one way figures"
          + " read, for the messages of its checks), nothing else of it");

  @ArchTest
  static final ArchRule compareIsArithmeticOnResults = classes().that().resideInAPackage(COMPARE)
      .should().onlyDependOnClassesThat().resideInAnyPackage(JAVA, COMPARE, MODEL, DIAGNOSTIC, INTERNAL)
      .because("SPEC §8.3: comparing two years is arithmetic on what read made of their reports");

  @ArchTest
  static final ArchRule readTurnsFilesIntoRecords = noClasses().that().resideInAPackage(READ)
      .should().dependOnClassesThat().resideInAnyPackage(VALUATION, SROI, EVALUATION, REPORT, TEMPLATE, "picocli..")
      .because("SPEC §2: read may use model, diagnostic and bank");

  @ArchTest
  static final ArchRule reportWritesResults = noClasses().that().resideInAPackage(REPORT)
      .should().dependOnClassesThat().resideInAnyPackage(READ, EVALUATION, TEMPLATE, "picocli..")
      .because("SPEC §2: a report writes engine results only, so every format shows the same figures");

  @ArchTest
  static final ArchRule templateUsesColumnDefinitions = noClasses().that().resideInAPackage(TEMPLATE)
      .should().dependOnClassesThat(DescribedPredicate.describe(
          "in valuation, sroi, evaluation, picocli or report (but the xlsx kit, so it prints as the reports do)",
          c -> c.getPackageName().startsWith("org.impactkit.valuation")
              || c.getPackageName().startsWith("org.impactkit.sroi")
              || c.getPackageName().startsWith("org.impactkit.evaluation")
              || c.getPackageName().startsWith("picocli")
              || (c.getPackageName().startsWith("org.impactkit.report")
                  && !c.getPackageName().equals("org.impactkit.report.xlsx.internal"))));

  @ArchTest
  static final ArchRule templateUsesOnlyTheXlsxKit = noClasses().that().resideInAPackage(TEMPLATE)
      .should().dependOnClassesThat().resideInAPackage("org.impactkit.report.internal..")
      .because("the blank template shares the workbooks' print rules (SPEC §8), nothing of the reports' text");

  @ArchTest
  static final ArchRule evaluationRunsEngines = noClasses().that().resideInAPackage(EVALUATION)
      .should().dependOnClassesThat().resideInAnyPackage(REPORT, TEMPLATE, "picocli..")
      .because("SPEC §2: evaluation reads and runs; writing reports is the caller's choice");

  @ArchTest
  static final ArchRule internalsStayInside = noClasses()
      .that().resideOutsideOfPackages("org.impactkit.valuation..")
      .should().dependOnClassesThat().resideInAPackage("org.impactkit.valuation.internal..")
      .because("an internal package serves its own job package only");

  @ArchTest
  static final ArchRule reportInternalsStayInside = noClasses()
      .that().resideOutsideOfPackages(REPORT, TEMPLATE)
      .should().dependOnClassesThat().resideInAnyPackage("org.impactkit.report.internal..",
          "org.impactkit.report.xlsx.internal..");

  @ArchTest
  static final ArchRule sharedHelpersUseNothing = noClasses().that().resideInAPackage(INTERNAL)
      .should().dependOnClassesThat().resideInAnyPackage("org.impactkit", MODEL, DIAGNOSTIC, BANK, VALUATION, SROI,
          READ, REPORT, EVALUATION, TEMPLATE, COMPARE)
      .because("org.impactkit.internal is the bottom layer every package may use");

  @ArchTest
  static final ArchRule noCycles = slices().matching("org.impactkit.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
      .because("a library writes where its caller says, never to the terminal");
}
