package org.chenggeng.work;

import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped catalogue has the verbs the published reports use, beside the ones it had. */
@ChenggengTest
class PublishedVerbsTest {

    @Autowired
    WorkTypeService types;
    @Autowired
    TestUsers as;

    @Test
    void theCatalogueSaysWhatPublishedReportsSay() throws Exception {
        List<String> phrases = as.as("admin", () -> types.all()).stream()
                .map(t -> t.data().verbZh() + t.data().objectZh()).toList();
        assertThat(phrases).contains("新建化粪池", "硬化道路", "安装楼道灯", "增设停车棚", "增设停车位", "铺设透水砖",
                "修缮屋面", "清淘化粪池", "更换楼道灯");
    }
}
