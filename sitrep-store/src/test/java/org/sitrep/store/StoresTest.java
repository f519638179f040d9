package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoresTest {
  @Test
  void otherUrlsAreRefusedWithoutTheirPassword() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://h/db?user=u&password=pw1"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("unsupported database")
        .hasMessageContaining("jdbc:postgresql://")
        .hasMessageNotContaining("pw1");
    assertThatThrownBy(() -> Store.open("postgresql://u:pw2@h/db"))
        .isInstanceOf(StoreException.class)
        .hasMessageNotContaining("pw2");
    assertThatThrownBy(() -> Store.open(" ")).isInstanceOf(StoreException.class);
  }
}
