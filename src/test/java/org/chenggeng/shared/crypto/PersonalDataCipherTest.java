package org.chenggeng.shared.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal data is written as a versioned text under the current key, opens only with the key that wrote it, stays
 * readable after a rotation while the old key is given, and hashes to the same keyed hash however it was typed.
 */
class PersonalDataCipherTest {

    private static final String KEY_1 = key(1);
    private static final String KEY_2 = key(2);

    private static String key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return Base64.getEncoder().encodeToString(k);
    }

    private static PersonalDataCipher cipher(String key, int id, String old, DataCipherKind kind) {
        return new PersonalDataCipher(DataKeys.parse(key, id, old, KEY_1, false), kind);
    }

    @ParameterizedTest
    @EnumSource(DataCipherKind.class)
    void aValueReadsBackButIsStoredAsAVersionedTextThatDiffersEveryTime(DataCipherKind kind) {
        PersonalDataCipher cipher = cipher(KEY_1, 1, null, kind);
        String once = cipher.encrypt("张三丰");
        String twice = cipher.encrypt("张三丰");
        assertThat(once).startsWith(kind == DataCipherKind.AES ? "a1:" : "s1:").doesNotContain("张");
        assertThat(once).isNotEqualTo(twice);
        assertThat(Base64.getDecoder().decode(once.substring(3))).hasSize(12 + "张三丰".getBytes().length + 16);
        assertThat(cipher.decrypt(once)).isEqualTo("张三丰");
        assertThat(cipher.isCurrent(once)).isTrue();
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void aValueStillInPlaintextReadsAsItIsAndIsNotCurrent() {
        PersonalDataCipher cipher = cipher(KEY_1, 1, null, DataCipherKind.AES);
        assertThat(cipher.decrypt("302")).isEqualTo("302");
        assertThat(cipher.isEncrypted("302")).isFalse();
        assertThat(cipher.isCurrent("302")).isFalse();
    }

    @Test
    void afterARotationOldValuesReadWithTheOldKeyAndAreNoLongerCurrent() {
        String old = cipher(KEY_1, 1, null, DataCipherKind.AES).encrypt("13800001234");
        PersonalDataCipher rotated = cipher(KEY_2, 2, "1=" + KEY_1, DataCipherKind.AES);
        assertThat(rotated.decrypt(old)).isEqualTo("13800001234");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.encrypt("13800001234")).startsWith("a2:");
        PersonalDataCipher toSm4 = cipher(KEY_2, 2, "1=" + KEY_1, DataCipherKind.SM4);
        assertThat(toSm4.isCurrent(rotated.encrypt("x"))).as("the other cipher is not current").isFalse();
        assertThat(toSm4.decrypt(rotated.encrypt("李四"))).isEqualTo("李四");
    }

    @Test
    void aMissingOrWrongKeyIsRefusedWithAMessageThatNamesTheKeyNotTheValue() {
        String old = cipher(KEY_1, 1, null, DataCipherKind.AES).encrypt("王五");
        assertThatThrownBy(() -> cipher(KEY_2, 2, null, DataCipherKind.AES).decrypt(old))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("data key 1")
                .hasMessageContaining("CHENGGENG_OLD_DATA_KEYS").hasMessageNotContaining("王五");
        assertThatThrownBy(() -> cipher(KEY_2, 1, null, DataCipherKind.AES).decrypt(old))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not open with data key 1");
        String tampered = old.substring(0, old.length() - 3) + (old.endsWith("AAA") ? "BBB" : "AAA");
        assertThatThrownBy(() -> cipher(KEY_1, 1, null, DataCipherKind.AES).decrypt(tampered))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyedHashesIgnoreWhatTypingVariesAndKeepKindsApart() {
        PersonalDataCipher cipher = cipher(KEY_1, 1, null, DataCipherKind.AES);
        assertThat(cipher.hash(HashKind.LABEL, " A101 ")).isEqualTo(cipher.hash(HashKind.LABEL, "a101")).hasSize(43);
        assertThat(cipher.hash(HashKind.NAME, "张三")).isEqualTo(cipher.hash(HashKind.NAME, " 张三"))
                .isNotEqualTo(cipher.hash(HashKind.LABEL, "张三"));
        assertThat(cipher.hash(HashKind.PHONE_TAIL, "138-0000-1234")).isEqualTo(cipher.hash(HashKind.PHONE_TAIL, "1234"))
                .isNotEqualTo(cipher.hash(HashKind.PHONE_TAIL, "1235"));
        assertThat(cipher.hash(HashKind.PHONE_TAIL, "12")).isNull();
        PersonalDataCipher otherHashKey = new PersonalDataCipher(DataKeys.parse(KEY_1, 1, null, KEY_2, false),
                DataCipherKind.AES);
        assertThat(otherHashKey.hash(HashKind.LABEL, "101")).isNotEqualTo(cipher.hash(HashKind.LABEL, "101"));
    }

    @Test
    void withoutKeysOnlyTheDevelopmentProfilesStartAndProductionRefusesTheDevelopmentKeys() {
        assertThatThrownBy(() -> DataKeys.parse("", 1, null, "", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CHENGGENG_DATA_KEY is missing");
        assertThatThrownBy(() -> DataKeys.parse(Base64.getEncoder().encodeToString(new byte[16]), 1, null, KEY_1,
                false)).hasMessageContaining("must be 32 bytes");
        assertThat(DataKeys.parse("", 1, null, "", true).currentId()).isEqualTo(1);

        DataKeySettingsCheck check = new DataKeySettingsCheck();
        check.setEnvironment(new MockEnvironment());
        assertThatThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()))
                .hasMessageContaining("CHENGGENG_DATA_KEY is missing").hasMessageContaining("CHENGGENG_HASH_KEY");
        check.setEnvironment(new MockEnvironment().withProperty("chenggeng.security.data-key", DataKeys.DEV_DATA_KEY)
                .withProperty("chenggeng.security.data-hash-key", KEY_2));
        assertThatThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()))
                .hasMessageContaining("CHENGGENG_DATA_KEY is a development key");
        check.setEnvironment(new MockEnvironment().withProperty("chenggeng.security.data-key", KEY_1)
                .withProperty("chenggeng.security.data-hash-key", KEY_2));
        check.postProcessBeanFactory(new DefaultListableBeanFactory());
        assertThat(DataKeys.isDevKey(KEY_1)).isFalse();
    }
}
