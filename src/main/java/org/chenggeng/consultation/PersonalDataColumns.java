package org.chenggeng.consultation;

import org.chenggeng.shared.crypto.EncryptedTable;
import org.chenggeng.shared.crypto.EncryptedTable.Column;
import org.chenggeng.shared.crypto.HashKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The consultation's columns that hold residents' personal data encrypted (decision 0030), for the start-up step that
 * encrypts and re-encrypts them: a household's room, owner and phone with their keyed hashes, and the phone an online
 * feedback left for a call back.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataColumns {

    @Bean
    EncryptedTable householdPersonalData() {
        return new EncryptedTable("household", "id", "version", List.of(
                Column.hashed("room", "room_hash", HashKind.LABEL),
                Column.hashed("owner_name", "owner_hash", HashKind.NAME),
                Column.hashed("phone", "phone_tail_hash", HashKind.PHONE_TAIL)));
    }

    @Bean
    EncryptedTable onlineFeedbackPersonalData() {
        return new EncryptedTable("feedback_online", "feedback_id", null, List.of(Column.plain("callback_phone")));
    }
}
