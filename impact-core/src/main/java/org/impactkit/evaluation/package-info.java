/**
 * Running an evaluation from files: {@link org.impactkit.evaluation.Settings}, the one settings type of a
 * run (defaults, then {@code evaluation.yaml}, then the caller's options), {@link
 * org.impactkit.evaluation.EvaluationFiles} (a folder's inputs), and {@link
 * org.impactkit.evaluation.Evaluation}, which reads them and runs the engine. API; the orchestration
 * behind it is package-private.
 */
package org.impactkit.evaluation;
