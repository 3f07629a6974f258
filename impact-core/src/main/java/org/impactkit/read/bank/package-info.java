/** Value bank files: the JSON format, bundled banks, and importing a value table. */
package org.impactkit.read.bank;
