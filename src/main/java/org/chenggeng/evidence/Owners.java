package org.chenggeng.evidence;

import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Finds the module that answers for a kind of record and asks it where the record sits and who may see it. */
@Component
class Owners {

    private final Map<OwnerType, EvidenceOwner> byType = new EnumMap<>(OwnerType.class);

    Owners(List<EvidenceOwner> owners) {
        for (EvidenceOwner owner : owners) {
            owner.types().forEach(t -> byType.put(t, owner));
        }
    }

    EvidenceOwner.Place place(OwnerType type, long ownerId, boolean attach) {
        EvidenceOwner owner = byType.get(type);
        if (owner == null) {
            throw new IllegalStateException("no module answers for " + type);
        }
        return owner.place(type, ownerId, attach);
    }
}
