/**
 * Value bank files (SPEC §3): the JSON format ({@link org.impactkit.read.bank.BankReader}, {@link
 * org.impactkit.read.bank.BankJsonWriter}), the bundled banks ({@link org.impactkit.read.bank.Banks}),
 * price-index files ({@link org.impactkit.read.bank.PriceIndexReader}) and importing a value table
 * ({@link org.impactkit.read.bank.BankTableImporter}). Not API.
 */
package org.impactkit.read.bank;
