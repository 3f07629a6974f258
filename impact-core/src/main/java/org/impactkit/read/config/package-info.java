/** {@code evaluation.yaml}: the settings of an evaluation. */
package org.impactkit.read.config;
