package org.chenggeng.demo;

import org.chenggeng.consultation.Answer;
import org.chenggeng.consultation.ConsentRule;
import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.FeedbackChannel;
import org.chenggeng.consultation.FeedbackData;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.FeedbackStatus;
import org.chenggeng.consultation.HouseholdData;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.MemberData;
import org.chenggeng.consultation.ResponseService;
import org.chenggeng.consultation.RoundData;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.RoundMethod;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.SampleData;
import org.chenggeng.consultation.ScopeKind;
import org.chenggeng.consultation.WorkingGroupService;
import org.chenggeng.region.CompoundService;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sample consultation through the real services: a complete register per compound, as many households and as much
 * floor area as the compound's record (sample data, not the real residents), the Jingjiang Dongli working group, a needs round whose feedback asked for the facilities the
 * report says were added, a passed consent round before each 立项, and a satisfaction round after completion.
 */
@Component
class DemoConsultation {

    private final HouseholdService households;
    private final WorkingGroupService workingGroup;
    private final RoundService rounds;
    private final ResponseService responses;
    private final FeedbackService feedback;
    private final WorkItemService workItems;
    private final EntityManager entityManager;
    private final SampleData sample;
    private final CompoundService compounds;

    DemoConsultation(HouseholdService households, WorkingGroupService workingGroup, RoundService rounds,
                     ResponseService responses, FeedbackService feedback, WorkItemService workItems,
                     EntityManager entityManager, SampleData sample, CompoundService compounds) {
        this.entityManager = entityManager;
        this.sample = sample;
        this.compounds = compounds;
        this.households = households;
        this.workingGroup = workingGroup;
        this.rounds = rounds;
        this.responses = responses;
        this.feedback = feedback;
        this.workItems = workItems;
    }

    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "高", "罗"};
    private static final String[] GIVEN = {"建国", "秀兰", "志强", "桂英", "海涛", "丽华", "德明", "淑珍", "文斌", "玉梅"};

    /**
     * A complete sample register: the compound's households spread over its buildings, stairwells of six floors
     * with two flats each, whose floor areas add up to the compound's recorded floor area to the cent (pairs of
     * flats differ from the mean by the same amount either way), so that the consent gate's register check holds.
     * Written in JDBC batches: 1 632 households take well under a second.
     */
    void register(Long compoundId) {
        CompoundService.CompoundRow c = compounds.byIds(Set.of(compoundId)).getFirst();
        int total = c.households();
        long cents = c.floorArea().movePointRight(2).longValueExact();
        long mean = cents / total;
        long remainder = cents % total;
        List<HouseholdData> register = new ArrayList<>(total);
        int n = 0;
        for (int b = 1; b <= c.buildings(); b++) {
            int here = total / c.buildings() + (b <= total % c.buildings() ? 1 : 0);
            for (int i = 0; i < here; i++, n++) {
                long spread = n == total - 1 && n % 2 == 0 ? 0 : (n / 2 * 7 % 31) * 50L;
                long area = mean + (n < remainder ? 1 : 0) + (n % 2 == 0 ? spread : -spread);
                String owner = SURNAMES[n % SURNAMES.length] + GIVEN[(n / 3) % GIVEN.length] + "（示例）";
                String phone = "139" + String.format("%08d", 20220000 + n * 37 % 99991);
                register.add(new HouseholdData(b + "号楼", (i / 12 + 1) + "单元", ((i % 12) / 2 + 1) + "0" + (i % 2 + 1),
                        BigDecimal.valueOf(area, 2), owner, phone));
            }
        }
        sample.register(compoundId, register);
        settle();
    }

    /** The working group section (五) of the report describes, with sample names. */
    void workingGroup(Long projectId) {
        workingGroup.add(projectId, new MemberData("刘建军（示例）", "天津城投集团城市更新公司工程管理部", "组长",
                "022-2400-0000"));
        workingGroup.add(projectId, new MemberData("孙丽（示例）", "靖江里社区居委会", "副组长",
                "022-2400-0001"));
        workingGroup.add(projectId, new MemberData("周明（示例）", "天津城投集团城市更新公司工程管理部", "现场勘察"));
        workingGroup.add(projectId, new MemberData("吴桂芳（示例）", "靖江里社区居委会", "入户征询"));
        workingGroup.add(projectId, new MemberData("郑海（示例）", "靖江东里居民代表", "居民代表"));
    }

    /**
     * The needs round of Jingjiang Dongli: what residents asked for, adopted and answered by the work items that
     * the report lists among the additions.
     */
    void needs(Long projectId, Long compoundId) {
        Long round = rounds.create(projectId, new RoundData(RoundKind.NEEDS, RoundMethod.DOOR_TO_DOOR, compoundId,
                ScopeKind.COMPOUND, List.of(), null, LocalDate.of(2022, 2, 14), LocalDate.of(2022, 2, 28), null,
                Set.of(), "入户走访、座谈会听取居民意见：居民集中反映停车难、缺少充电设施、休闲健身场地不足、夜间照明差、车棚破旧等问题。（示例）"));
        List<HouseholdRow> register = households.list(compoundId, null);
        record(round, register, i -> i % 5 == 4 ? Answer.NOT_REACHED : Answer.AGREE, List.of());
        rounds.close(round, rounds.get(round).round().version());
        Map<String, Long> items = workItems.items(projectId).stream()
                .collect(Collectors.toMap(WorkItemRow::typeCode, WorkItemRow::id));
        ask(projectId, round, register.get(3).id(), FeedbackCategory.FACILITIES, "电动自行车没有地方充电，楼道里飞线充电不安全，希望增加充电桩。",
                "2022-02-16", "2022-03-02", Set.of(items.get("CHARGING_POST")));
        ask(projectId, round, register.get(17).id(), FeedbackCategory.FACILITIES, "小区里老人多，希望在楼前和花园里多放些休闲座椅。",
                "2022-02-17", "2022-03-02", Set.of(items.get("BENCH")));
        ask(projectId, round, null, FeedbackCategory.FACILITIES, "没有健身的地方，希望增加健身器材和乒乓球台。",
                "2022-02-18", "2022-03-04", Set.of(items.get("FITNESS_EQUIPMENT"), items.get("TABLE_TENNIS")));
        ask(projectId, round, register.get(40).id(), FeedbackCategory.GREENING, "希望建个小花园、搭个凉亭，夏天能乘凉。",
                "2022-02-20", "2022-03-04", Set.of(items.get("GARDEN"), items.get("PAVILION")));
        ask(projectId, round, register.get(58).id(), FeedbackCategory.PARKING, "停车位不够，路面坑洼，希望整体铺装、规划停车区。",
                "2022-02-21", "2022-03-07", Set.of(items.get("ROAD_PAVING")));
        ask(projectId, round, register.get(75).id(), FeedbackCategory.FACILITIES, "自行车棚漏雨破旧，希望提升改造。",
                "2022-02-22", "2022-03-07", Set.of(items.get("BICYCLE_SHED")));
        ask(projectId, round, register.get(90).id(), FeedbackCategory.LIGHTING, "晚上小区里太黑，希望增加路灯。",
                "2022-02-23", "2022-03-09", Set.of(items.get("SOLAR_LIGHT")));
        Long declined = sample.feedback(projectId, new FeedbackData(register.get(101).id(), round,
                FeedbackChannel.MEETING, FeedbackCategory.BUILDINGS, "希望给6层住宅加装电梯。", LocalDate.of(2022, 2, 24)));
        feedback.startReview(declined, 0);
        feedback.decide(declined, 1, FeedbackStatus.NOT_ADOPTED, "加装电梯须由本单元业主另行表决并申请专项资金，不在本次改造范围内，已告知申请途径。", Set.of());
        feedback.resolve(declined, 2, "已向居民说明加装电梯的单元表决与申请流程。", LocalDate.of(2022, 3, 10));
        sample.feedback(projectId, new FeedbackData(null, null, FeedbackChannel.PHONE, FeedbackCategory.MANAGEMENT,
                "改造后希望引入物业，加强车辆管理。", LocalDate.of(2022, 11, 20)));
    }

    /**
     * A consent round under the given rule that passes: of every twenty households fifteen agree, two disagree,
     * one abstains and two are not reached. Some who agree overall object to the first proposed item, which
     * therefore fails on its own.
     */
    void consent(Long projectId, Long compoundId, ConsentRule rule, LocalDate opens) {
        List<Long> items = workItems.items(projectId).stream().map(WorkItemRow::id).limit(3).toList();
        Long round = rounds.create(projectId, new RoundData(RoundKind.CONSENT, RoundMethod.DOOR_TO_DOOR, compoundId,
                ScopeKind.COMPOUND, List.of(), null, opens, opens.plusDays(14), rule, Set.copyOf(items),
                "改造方案意愿表决，逐户入户、书面签字。（示例）"));
        record(round, households.list(compoundId, null), i -> switch (i % 20) {
            case 3, 13 -> Answer.DISAGREE;
            case 6 -> Answer.ABSTAIN;
            case 9, 19 -> Answer.NOT_REACHED;
            default -> Answer.AGREE;
        }, items);
        rounds.close(round, rounds.get(round).round().version());
    }

    /** The satisfaction round after completion. */
    void satisfaction(Long projectId, Long compoundId, LocalDate opens) {
        Long round = rounds.create(projectId, new RoundData(RoundKind.SATISFACTION, RoundMethod.QUESTIONNAIRE,
                compoundId, ScopeKind.COMPOUND, List.of(), null, opens, opens.plusDays(10), null, Set.of(),
                "改造效果满意度问卷。（示例）"));
        record(round, households.list(compoundId, null), i -> switch (i % 12) {
            case 5 -> Answer.ABSTAIN;
            case 11 -> Answer.NOT_REACHED;
            case 7 -> Answer.DISAGREE;
            default -> Answer.AGREE;
        }, List.of());
        rounds.close(round, rounds.get(round).round().version());
    }

    /**
     * An open consent vote on an elevator for one stairwell, five of whose households have answered (four agree,
     * one disagrees), so that the committee can go on recording door to door and watch the tally pass.
     */
    void openStairwellVote(Long projectId, Long compoundId, String building, String unit) {
        List<Long> items = workItems.items(projectId).stream().map(WorkItemRow::id).toList();
        Long round = rounds.create(projectId, new RoundData(RoundKind.CONSENT, RoundMethod.DOOR_TO_DOOR, compoundId,
                ScopeKind.STAIRWELL, List.of(building), unit, LocalDate.now().minusDays(7), null,
                ConsentRule.CIVIL_CODE_278, Set.copyOf(items),
                "加装电梯意愿表决：本单元全体业主逐户表决，书面意见须登记表单编号。（示例）"));
        List<HouseholdRow> stairwell = households.list(compoundId, building).stream()
                .filter(h -> h.unit().equals(unit)).limit(5).toList();
        for (int i = 0; i < stairwell.size(); i++) {
            responses.record(round, new ResponseService.RecordRequest(stairwell.get(i).id(),
                    i == 4 ? Answer.DISAGREE : Answer.AGREE, Map.of(), false, false, null, null));
        }
    }

    /**
     * Writes what has been seeded so far and empties the persistence context. The demo loads in one transaction;
     * without this every query would first dirty-check thousands of entities it no longer needs.
     */
    void settle() {
        entityManager.flush();
        entityManager.clear();
    }

    private void record(Long round, List<HouseholdRow> register, java.util.function.IntFunction<Answer> answer,
                        List<Long> items) {
        List<SampleData.SampleAnswer> answers = new ArrayList<>(register.size());
        for (int i = 0; i < register.size(); i++) {
            Answer a = answer.apply(i);
            Map<Long, Answer> perItem = a == Answer.AGREE && i % 7 == 0 && !items.isEmpty()
                    ? Map.of(items.getFirst(), Answer.DISAGREE) : Map.of();
            boolean paper = i % 4 == 0 && a != Answer.NOT_REACHED;
            answers.add(new SampleData.SampleAnswer(register.get(i).id(), a, perItem, paper,
                    paper ? String.format("JJ-%04d", i + 1) : null));
        }
        sample.answer(round, "admin", answers);
        settle();
    }

    private void ask(Long projectId, Long round, Long household, FeedbackCategory category, String content,
                     String received, String answered, Set<Long> itemIds) {
        Long id = sample.feedback(projectId, new FeedbackData(household, round, FeedbackChannel.DOOR_TO_DOOR, category,
                content, LocalDate.parse(received)));
        feedback.startReview(id, 0);
        feedback.decide(id, 1, FeedbackStatus.ADOPTED, null, itemIds);
        feedback.resolve(id, 2, "已纳入改造方案，将随工程实施。（示例）", LocalDate.parse(answered));
    }
}
