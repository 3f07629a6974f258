package org.impactkit.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.impactkit.Values;
import org.impactkit.bank.Uprating;
import org.impactkit.evaluation.DiscountSchedules;
import org.impactkit.evaluation.Settings;
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

  /** A calendar year such as {@code 2024}. */
  static final class Year implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String v = value.strip();
      if (!v.matches("[0-9]{4}")) {
        throw new TypeConversionException("expected a year such as 2024, found '" + value + "'");
      }
      return Integer.parseInt(v);
    }
  }

  /** A number of simulation runs, from 1 to {@link Settings#MAX_RUNS}. */
  static final class Runs implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.strip().replace(",", ""));
        if (n >= 1 && n <= Settings.MAX_RUNS) {
          return n;
        }
      } catch (NumberFormatException e) {
        // the message below says what was expected
      }
      throw new TypeConversionException("expected a number of runs from 1 to " + Settings.MAX_RUNS + ", found '"
          + value + "'");
    }
  }

  /** A number of threads, from 1 to {@link Settings#MAX_THREADS}. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.strip());
        if (n >= 1 && n <= Settings.MAX_THREADS) {
          return n;
        }
      } catch (NumberFormatException e) {
        // the message below says what was expected
      }
      throw new TypeConversionException("expected a number of threads from 1 to " + Settings.MAX_THREADS + ", found '"
          + value + "'");
    }
  }

  /** A bundled discount schedule: green-book or green-book-health. */
  static final class Schedule implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return DiscountSchedules.bundled(value).id();
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An ISO 4217 currency code such as GBP, EUR or AUD. */
  static final class Currency implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return Settings.isoCurrency(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An uprating method: wellby, deflator or none. */
  static final class UpratingMethod implements ITypeConverter<Uprating> {
    @Override
    public Uprating convert(String value) {
      try {
        return Uprating.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
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
