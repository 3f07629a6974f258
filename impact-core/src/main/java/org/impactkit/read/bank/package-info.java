/** Value bank files: the JSON format, bundled banks, and importing a value table. Not API. */
package org.impactkit.read.bank;
