/**
 * Running an evaluation from files: {@link org.impactkit.evaluation.Evaluation#prepare} locates a
 * folder's inputs ({@link org.impactkit.evaluation.EvaluationFiles}), settles the one settings type of a
 * run ({@link org.impactkit.evaluation.Settings}: defaults, then {@code evaluation.yaml} through {@link
 * org.impactkit.evaluation.SettingsFile}, then the caller's options) and loads the bank; {@code
 * Evaluations} then streams the records into the wellbeing engine, on a second thread for large inputs
 * ({@code RecordPipe}). {@link org.impactkit.evaluation.SroiEvaluations} does the same for an impact
 * map. {@code Folder} is the one case-insensitive folder lookup of both.
 *
 * <p>Uses every engine package and {@code read}; writes no report (that is the caller's choice).
 */
package org.impactkit.evaluation;
