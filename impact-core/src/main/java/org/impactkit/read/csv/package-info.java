/** CSV tables: encoding detection, delimiters, size limits. Implementation detail; not API. */
package org.impactkit.read.csv;
