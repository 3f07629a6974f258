/**
 * The {@code impact} command line: a thin picocli adapter over the library's facade, {@code
 * org.impactkit.Impact}, and the packages the module {@code org.impactkit} exports. Not API.
 *
 * <p>In JBang's shape: {@link org.impactkit.cli.Main} wires picocli once (streams, converters by type,
 * help layout); {@link org.impactkit.cli.ImpactCommand} registers the commands; each command is a
 * small class over {@link org.impactkit.cli.BaseCommand} that returns {@link
 * org.impactkit.cli.ExitCodes#OK} or throws; options shared by several commands are mixins ({@link
 * org.impactkit.cli.InputOptions}, {@link org.impactkit.cli.OutputOptions}, {@link
 * org.impactkit.cli.BankOption}); and {@link org.impactkit.cli.Failures} is the one place an exception
 * becomes a message and an exit code, where the library's advice is worded as options ({@link
 * org.impactkit.cli.Messages}).
 */
package org.impactkit.cli;
