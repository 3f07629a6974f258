/**
 * Problems with inputs: each {@link org.impactkit.diagnostic.Diagnostic} is located by file, line and
 * column (or by source and key for records built in code) and says what is wrong in the data's terms;
 * {@link org.impactkit.diagnostic.InvalidInputException} carries every one found. API. Engine: uses only
 * {@code model}.
 */
package org.impactkit.diagnostic;
