package org.chenggeng.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * Puts a personal-data attribute ({@code @Convert(converter = PersonalText.class)}) on its column encrypted and reads
 * it back in plaintext, so that an entity and everything above it hold the plain value. Hibernate gets it from
 * Spring, with the cipher injected.
 */
@Component
@Converter
public class PersonalText implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    PersonalText(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.decrypt(dbData);
    }
}
