package org.chenggeng.security;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Drops the actor {@link CurrentUser} read for this request whenever an account is written in it. */
class UserAccountListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object account) {
        CurrentUser.forget();
    }
}
