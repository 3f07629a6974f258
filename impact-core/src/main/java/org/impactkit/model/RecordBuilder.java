package org.impactkit.model;

import java.util.Objects;

/**
 * What every builder of a record built in code has: the caller's own key for the record and the source
 * it comes from, which every message about the record names.
 *
 * @param <B> the builder itself, so its setters chain
 */
public abstract class RecordBuilder<B extends RecordBuilder<B>> {
  private String key;
  private SourceFile source;

  /** @param source the source records of this kind come from unless one is given */
  RecordBuilder(SourceFile source) {
    this.source = source;
  }

  /**
   * @param key your own key for the record, such as a database id, named in every message about it;
   *     default: none (messages give its position)
   * @return this builder
   */
  public B key(String key) {
    this.key = key;
    return self();
  }

  /**
   * @param source where the records come from, named in messages (and, for participants, the names of
   *     their extra values); default: {@code activities}, {@code participants} or {@code counts}
   * @return this builder
   */
  public B source(SourceFile source) {
    this.source = Objects.requireNonNull(source, "source");
    return self();
  }

  /** @return the record's place: its source and key */
  RowRef ref() {
    return RowRef.keyed(source, key);
  }

  /** @return this builder, as its own type */
  abstract B self();
}
