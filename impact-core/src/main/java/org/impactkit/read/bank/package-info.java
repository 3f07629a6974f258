/**
 * Value bank files (SPEC §3): the JSON format ({@link org.impactkit.read.bank.BankReader}, {@link
 * org.impactkit.read.bank.BankJsonWriter}), the bundled banks ({@link org.impactkit.read.bank.Banks})
 * and importing a value table ({@link org.impactkit.read.bank.BankTableImporter}).
 */
package org.impactkit.read.bank;
