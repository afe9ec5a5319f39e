using System.Text.Json;
using RulesKit.Explanation;
using RulesKit.Reports;

namespace RulesKit.Testing.Generation;

/// <summary>
/// A realistic synthetic batch for load tests and benchmarks: mixed industries and sizes, a few percent
/// of reports with a planted problem of one criterion (concealed, or only suspected), and some broken
/// lines. The same count and seed give the same bytes.
/// </summary>
public static class SyntheticReports
{
    private static readonly string[] Agencies = ["甲安全评价有限公司", "乙安全技术咨询有限公司", "丙安全评价有限公司", "丁安全科技有限公司", "戊安全评价中心", "己安全工程技术有限公司", "庚安全评价有限公司", "辛安全咨询有限公司"];
    private static readonly string[] Counties = ["中原区", "二七区", "管城回族区", "金水区", "上街区", "惠济区", "中牟县", "巩义市", "荥阳市", "新密市", "新郑市", "登封市"];
    private static readonly (string Industry, int Weight)[] Industries = [("hazchem", 40), ("mining", 20), ("metallurgy", 15), ("pipeline", 15), ("machinery", 10)];

    /// <summary>Percent of reports with a planted problem.</summary>
    public const int PlantedPercent = 6;

    /// <summary>Per mille of broken lines (cut off, unknown kinds, impossible dates).</summary>
    public const int BrokenPerMille = 5;

    /// <summary>The batch as JSON Lines, one report (or one broken line) per line.</summary>
    public static IEnumerable<string> JsonLines(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var id = $"GEN-{seed}-{i + 1:D7}";
            if (random.Next(1000) < BrokenPerMille)
            {
                yield return Broken(random, id);
                continue;
            }
            yield return ToJson(Build(random, id));
        }
    }

    /// <summary>A report as one line of JSON, in the report file format.</summary>
    public static string ToJson(Report report) => JsonSerializer.Serialize(report, RulesKitJson.Compact);

    /// <summary>
    /// The worst case as JSON Lines: every report carries <paramref name="problems"/> planted problems (of as many
    /// different kinds as its industry has, so several criteria), each with evidence.
    /// </summary>
    public static IEnumerable<string> WorstCaseJsonLines(int count, int seed, int problems)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
            yield return ToJson(Build(random, $"WORST-{seed}-{i + 1:D7}", problems));
    }

    /// <summary>One valid report; with <paramref name="problems"/> above 0, exactly that many planted problems.</summary>
    public static Report Build(Random random, string id, int problems = -1)
    {
        var industry = Pick(random);
        var date = new DateOnly(2019, 6, 1).AddDays(random.Next(0, 2200));
        var subjects = new List<CheckedSubject>();
        var size = random.Next(3, 25);
        var templates = Compliant(industry);
        for (var i = 0; i < size; i++)
        {
            var (kind, values) = templates[random.Next(templates.Length)];
            subjects.Add(new CheckedSubject { Id = $"S{i + 1}", Kind = kind, Observed = values, Reported = values });
        }
        var evidence = new List<EvidenceRecord>();
        if (problems > 0)
        {
            var planted = Planted(industry);
            var first = random.Next(planted.Length);
            for (var p = 0; p < problems; p++)
            {
                var (kind, observed, reported) = planted[(first + p) % planted.Length];
                var sid = $"P{p + 1}";
                subjects.Insert(random.Next(subjects.Count + 1), new CheckedSubject { Id = sid, Kind = kind, Observed = Dated(observed, date), Reported = reported });
                evidence.Add(new EvidenceRecord { Id = $"E{p + 1}", Source = EvidenceSource.AgencySurvey, Description = "现场核查记录", Concerns = [sid], Shows = Contradicted(observed, reported) });
            }
        }
        else if (random.Next(100) < PlantedPercent)
        {
            var candidates = Planted(industry);
            var (kind, observed, reported) = candidates[random.Next(candidates.Length)];
            var subject = new CheckedSubject { Id = "P1", Kind = kind, Observed = Dated(observed, date), Reported = reported, ControlsApprovedByRegulator = random.Next(4) == 0 };
            subjects.Insert(random.Next(subjects.Count + 1), subject);
            evidence.Add(new EvidenceRecord
            {
                Id = "E1",
                Source = random.Next(3) == 0 ? EvidenceSource.Inspection : EvidenceSource.AgencySurvey,
                Description = "现场核查记录",
                Concerns = ["P1"],
                Shows = Contradicted(observed, reported),
            });
        }
        return new Report
        {
            Id = id,
            Title = $"{id} 安全现状评价报告",
            ReportType = "现状评价",
            Purpose = random.Next(2) == 0 ? "licence" : "filing",
            Industry = industry,
            Agency = Agencies[random.Next(Agencies.Length)],
            Enterprise = $"某{industry}企业{random.Next(1, 5000)}",
            County = Counties[random.Next(Counties.Length)],
            EvaluationDate = date,
            CheckedOn = CampaignCheck(random, date),
            Conclusion = new ReportConclusion { Text = "具备安全生产条件", Favourable = random.Next(10) > 0 },
            Subjects = subjects,
            Evidence = evidence,
        };
    }

    // The facts a planted subject's report gets wrong: what the evidence of it shows.
    private static List<string> Contradicted(Dictionary<string, object> observed, Dictionary<string, object> reported) =>
        [.. observed.Where(o => !reported.TryGetValue(o.Key, out var said) || !said.Equals(o.Value)).Select(o => o.Key)];

    // A report issued before the 2021 campaign ended was checked during it, as the campaign's batches are.
    private static DateOnly? CampaignCheck(Random random, DateOnly date)
    {
        var (start, end) = (new DateOnly(2021, 6, 1), new DateOnly(2021, 11, 30));
        if (date > end)
            return null;
        var from = date > start ? date : start;
        return from.AddDays(random.Next(0, end.DayNumber - from.DayNumber + 1));
    }

    private static string Broken(Random random, string id) => random.Next(3) switch
    {
        0 => $"{{\"id\": \"{id}\", \"title\": ",                                                            // cut off
        1 => ToJson(Build(random, id)).Replace("\"kind\":\"", "\"kind\":\"x_"),                 // unknown kinds
        _ => ToJson(Build(random, id)).Replace("\"evaluationDate\":\"", "\"evaluationDate\":\"20"), // impossible date
    };

    private static string Pick(Random random)
    {
        var roll = random.Next(Industries.Sum(i => i.Weight));
        foreach (var (industry, weight) in Industries)
        {
            if (roll < weight)
                return industry;
            roll -= weight;
        }
        return Industries[0].Industry;
    }

    private static Dictionary<string, object> V(params (string Key, object Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);

    // Every fact the items of a kind read is recorded, as a verifier who checked the subject would: a fact left out
    // would leave those items open and the report incomplete (docs/decisions.md, "Unknown is not no").
    private static readonly (string, object)[] HazchemManagement =
    [
        ("hazard_inspection_system", true), ("operating_procedures", true), ("process_control_limits", true), ("staff_count", 120m),
        ("full_time_safety_managers", 3m), ("safety_department", true), ("registered_safety_engineers", 1m),
        ("registered_chemical_safety_engineers", 1m), ("special_work_rules", true), ("special_work_rules_executed", true),
    ];

    private static readonly (string, object)[] MiningManagement =
    [
        ("safety_inspection_rules", true), ("staff_count", 120m), ("full_time_safety_managers", 3m), ("safety_department", true),
        ("registered_safety_engineers", 1m), ("safety_facilities_accepted", true),
    ];

    private static readonly (string, object)[] Underground =
    [
        ("independent_exits", 2m), ("exits_meet_standards_and_design", true), ("open_pit_transition_surface_connected", false),
        ("spontaneous_combustion_risk", false), ("safety_pillars_mined_or_below_design", false), ("goaf_treated_as_designed", true),
        ("severe_ground_pressure", false), ("roof_support_as_designed", true),
    ];

    private static readonly (string, object)[] DustSite =
    [
        ("in_non_frame_multistorey_building", false), ("too_close_to_gathering_places", false), ("dust_shares_system_with_flammable_gas", false),
        ("systems_interconnected_across_fire_compartments", false), ("dry_collector_without_explosion_control", false),
        ("positive_pressure_conveying", false), ("ignition_source_control", true), ("gravity_chamber_or_dry_tunnel_duct", false),
        ("metal_or_wood_dry_collector_without_airlock", false), ("zone20_non_ex_electrics", false), ("no_tramp_material_removal", false),
        ("sander_duct_without_spark_detection", false), ("dust_cleaning_rules_and_practice", true),
        ("site_in_non_frame_multistorey_or_with_gathering_rooms", false), ("shared_or_interconnected_dust_system", false),
        ("positive_pressure_without_ignition_control", false), ("no_tramp_removal_or_spark_detection", false),
        ("wet_reactive_dust_without_hydrogen_control", false),
    ];

    private static readonly (string, object)[] Foundry =
    [
        ("gathering_room_in_melting_pouring_influence_area", false), ("furnace_without_emergency_drain", false),
    ];

    private static (string Kind, Dictionary<string, object> Values)[] Compliant(string industry) => industry switch
    {
        "hazchem" =>
        [
            ("storage_tank_area", V(("mhi_grade", 2m), ("emergency_shutoff", true), ("toxic_or_liquefied_gas", true), ("independent_sis", true))),
            ("chemical_unit", V(("key_hazardous_process", true), ("automated_control", true), ("emergency_shutdown", true), ("systems_in_service", true), ("dual_power_supply", true), ("control_system_ups", true), ("safety_accessories_in_service", true),
                ("two_key_one_major", false), ("in_service", true), ("formally_designed", true), ("obsolete_process_or_equipment", false))),
            ("key_person", V(("role", "safety_manager"), ("assessment_passed", true), ("education", "bachelor_or_above"), ("chemical_safety_major", true), ("chemical_experience_years", 6m), ("new_hire", false))),
            ("enterprise_management", V([("responsibility_system", true), .. HazchemManagement])),
            ("highway_distance", V(("feature", "land_edge"), ("distance_m", 180m), ("dangerous_goods_site", true))),
            ("hazardous_area", V(("gas_leak_possible", true), ("gas_detection_alarm", true), ("explosion_hazard_zone", true), ("explosion_proof_electrics", true))),
        ],
        "mining" =>
        [
            ("mine_underground", V([("exits_as_designed", true), .. Underground])),
            ("mine_exits", V(("exit_spacing_m", 45m), ("level_exits", 2m), ("level_exits_connected", true), ("exits_unobstructed", true), ("all_exits_shafts_without_ladderway", false),
                ("main_cage_shaft_single_hoist_no_ladderway", false), ("wing_strike_length_m", 600m), ("exit_on_long_wing", true))),
            ("open_pit_slope", V(("working_slope_angle_deg", 42m), ("design_working_slope_angle_deg", 45m), ("final_bench_height_m", 12m), ("design_final_bench_height_m", 15m),
                ("bench_height_m", 10m), ("design_bench_height_m", 12m))),
            ("enterprise_management", V([("responsibility_system", true), ("hazard_rectification_rules", true), .. MiningManagement])),
        ],
        "metallurgy" =>
        [
            ("steelmaking_furnace", V(("cooling_monitoring_alarm", true), ("alarm_interlocked", true))),
            ("metallurgy_place", V(("place_type", "rest_room"), ("in_molten_metal_crane_span", false), ("in_molten_metal_lifting_influence_area", false))),
            ("key_person", V(("role", "principal"), ("assessment_passed", true))),
            ("dust_explosion_site", V(DustSite)),
        ],
        "pipeline" =>
        [
            ("pipeline_segment", V(("pipeline_class", "long_distance"), ("structures_within_5m", 0m), ("periodic_inspection_done", true), ("personnel_dense_hca", false),
                ("medium", "gas"), ("hca_criterion", "c"), ("hca_grade", 2m))),
            ("pipeline_segment", V(("pipeline_class", "field_gathering"), ("structures_within_5m", 0m), ("periodic_inspection_done", true), ("personnel_dense_hca", false),
                ("medium", "oil"), ("hca_criterion", "c"), ("hca_grade", 2m))),
        ],
        _ =>
        [
            ("machinery_foundry", V([("gathering_room_in_molten_metal_span", false), .. Foundry])),
            ("dust_explosion_site", V(DustSite)),
        ],
    };

    private static (string Kind, Dictionary<string, object> Observed, Dictionary<string, object> Reported)[] Planted(string industry) => industry switch
    {
        "hazchem" =>
        [
            ("highway_distance", V(("feature", "land_edge"), ("distance_m", 60m), ("dangerous_goods_site", true)), V(("feature", "land_edge"), ("distance_m", 120m), ("dangerous_goods_site", true))),
            ("storage_tank_area", V(("mhi_grade", 2m), ("emergency_shutoff", false), ("toxic_or_liquefied_gas", false)), V(("mhi_grade", 2m), ("emergency_shutoff", true), ("toxic_or_liquefied_gas", false))),
            ("enterprise_management", V([("responsibility_system", false), .. HazchemManagement]), V([("responsibility_system", true), .. HazchemManagement])),
            ("cited_document", V(("conclusion", "不合格"), ("issued_on", new DateOnly(2019, 1, 10))), V(("conclusion", "合格"), ("issued_on", new DateOnly(2019, 1, 10)))),
        ],
        "mining" =>
        [
            ("mine_underground", V([("exits_as_designed", false), .. Underground]), V([("exits_as_designed", true), .. Underground])),
            ("enterprise_management", V([("responsibility_system", true), ("hazard_rectification_rules", false), .. MiningManagement]), V([("responsibility_system", true), ("hazard_rectification_rules", true), .. MiningManagement])),
        ],
        "metallurgy" =>
        [
            ("metallurgy_place", V(("place_type", "rest_room"), ("in_molten_metal_crane_span", true), ("in_molten_metal_lifting_influence_area", false)), V(("place_type", "rest_room"), ("in_molten_metal_crane_span", false), ("in_molten_metal_lifting_influence_area", false))),
            ("steelmaking_furnace", V(("cooling_monitoring_alarm", true), ("alarm_interlocked", false)), V(("cooling_monitoring_alarm", true), ("alarm_interlocked", true))),
        ],
        "pipeline" =>
        [
            ("pipeline_segment", V(("pipeline_class", "field_gathering"), ("structures_within_5m", 3m), ("periodic_inspection_done", true), ("personnel_dense_hca", false), ("medium", "oil"), ("hca_criterion", "c"), ("hca_grade", 2m)),
                V(("pipeline_class", "field_gathering"), ("structures_within_5m", 0m))),
            ("pipeline_segment", V(("pipeline_class", "long_distance"), ("personnel_dense_hca", true), ("video_24h", false), ("structures_within_5m", 0m), ("periodic_inspection_done", true),
                ("medium", "gas"), ("hca_criterion", "a"), ("hca_grade", 3m), (IdentifiedOn, 6m)), V(("pipeline_class", "long_distance"))),
        ],
        _ =>
        [
            ("machinery_foundry", V([("gathering_room_in_molten_metal_span", true), .. Foundry]), V([("gathering_room_in_molten_metal_span", false), .. Foundry])),
        ],
    };

    // A date that depends on the report's: the high-consequence area identified this many months before it.
    private const string IdentifiedOn = "hca_identified_on";

    private static Dictionary<string, object> Dated(Dictionary<string, object> values, DateOnly date) =>
        values.TryGetValue(IdentifiedOn, out var months) && months is decimal m
            ? new Dictionary<string, object>(values) { [IdentifiedOn] = date.AddMonths(-(int)m) }
            : values;
}
