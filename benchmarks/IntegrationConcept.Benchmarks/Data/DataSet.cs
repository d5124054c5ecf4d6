using IntegrationConcept.Model;

namespace IntegrationConcept.Benchmarks.Data;

/// <summary>A city concept and the district plans checked against it, with their element count.</summary>
/// <param name="Concept">The city concept.</param>
/// <param name="Plans">The district plans.</param>
public sealed record DataSet(CityConcept Concept, IReadOnlyList<DistrictPlan> Plans)
{
    /// <summary>The seed every benchmark uses.</summary>
    public const int DefaultSeed = 20111213;

    /// <summary>Plan size in the matrix data sets: a realistic district plan has tens of measures.</summary>
    public const int MatrixPlanElements = 250;

    /// <summary>Gets the elements of the concept and all plans (see <see cref="ElementCounter"/>).</summary>
    public int Elements => ElementCounter.Count(Concept) + Plans.Sum(ElementCounter.Count);

    /// <summary>Gets the UTF-8 bytes of the concept and all plans as compact JSON (what the read benchmarks read).</summary>
    public long CompactJsonBytes()
        => CompactJson.Compact(Documents.DocumentSerializer.WriteCityConceptToUtf8Bytes(Concept)).LongLength
           + Plans.Sum(plan => CompactJson.Compact(Documents.DocumentSerializer.WriteDistrictPlanToUtf8Bytes(plan)).LongLength);

    /// <summary>
    /// One district plan against a city concept, about <paramref name="elements"/> elements in total. The concept
    /// grows with the plan (one city goal per 60 elements, about 3 % of the elements), so that every city goal is
    /// refined by a few district goals at every size, and some by none.
    /// </summary>
    public static DataSet SinglePlan(int elements, int seed = DefaultSeed)
    {
        var generator = new SyntheticDataGenerator(seed);
        var concept = generator.CreateConcept(Math.Max(10, elements / 60));
        var plan = generator.CreatePlan(concept, 1, elements - ElementCounter.Count(concept));
        return new DataSet(concept, [plan]);
    }

    /// <summary>
    /// Many district plans of about <see cref="MatrixPlanElements"/> elements each against one city concept of
    /// realistic size (40 goals in 5 action fields), about <paramref name="elements"/> elements in total:
    /// state-wide monitoring.
    /// </summary>
    public static DataSet Matrix(int elements, int seed = DefaultSeed)
    {
        var generator = new SyntheticDataGenerator(seed);
        var concept = generator.CreateConcept(40);
        var planCount = Math.Max(2, (elements - ElementCounter.Count(concept)) / MatrixPlanElements);
        var plans = new DistrictPlan[planCount];
        for (var i = 0; i < planCount; i++)
        {
            plans[i] = generator.CreatePlan(concept, i + 1, MatrixPlanElements);
        }

        return new DataSet(concept, plans);
    }
}
