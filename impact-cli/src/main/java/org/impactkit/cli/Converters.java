package org.impactkit.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.impactkit.Values;
import org.impactkit.model.Period;
import org.impactkit.valuation.ConflictPolicy;
import org.impactkit.valuation.Discounting;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns option text into values, with messages that say what was expected. */
final class Converters {
  private Converters() {}

  /** A date as ISO {@code 2021-04-30} or UK {@code 30/04/2021}. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return Values.date(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A UK financial year such as {@code 2021/22}. */
  static final class FinancialYear implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      try {
        return Period.ukFinancialYear(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A conflicts policy: lowest, highest, first or error. */
  static final class Conflicts implements ITypeConverter<ConflictPolicy> {
    @Override
    public ConflictPolicy convert(String value) {
      try {
        return ConflictPolicy.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An amount of money: {@code 30000}, {@code 30,000.00} or {@code £30,000}; 0 or more. */
  static final class Money implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      BigDecimal v;
      try {
        v = Values.amount(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
      if (v.signum() < 0) {
        throw new TypeConversionException("an investment cannot be negative, found " + value);
      }
      return v;
    }
  }

  /** A percentage in points, e.g. {@code 3.5} or {@code 3.5%}, as a fraction; below 100. */
  static final class Percent implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      BigDecimal v;
      try {
        v = Values.percentage(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
      if (v.compareTo(BigDecimal.ONE) >= 0) {
        throw new TypeConversionException("a discount rate must be below 100%, found " + value);
      }
      return v;
    }
  }

  /** A discounting convention: year-zero or end-of-year. */
  static final class Convention implements ITypeConverter<Discounting.Convention> {
    @Override
    public Discounting.Convention convert(String value) {
      try {
        return Discounting.Convention.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
