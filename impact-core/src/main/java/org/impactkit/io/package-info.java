/**
 * Running evaluations from files: finding a folder's inputs, reading them in order, atomic output. The
 * subpackages hold one file format each; of them, {@code table}, {@code csv} and {@code xlsx} are
 * implementation details of the readers and may change without notice.
 */
package org.impactkit.io;
