using IntegrationConcept.Documents;
using Xunit;
using Xunit.Abstractions;

namespace IntegrationConcept.Tests.Documents;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        output.WriteLine(DocumentSerializer.WriteCityConcept(SampleDocuments.Trier()));
        output.WriteLine(DocumentSerializer.WriteDistrictPlan(SampleDocuments.EhrangQuint()));
        string[] bad =
        [
            "not json",
            "{\"$schema\":\"x\",\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"",
            "{\"formatVersion\":1,\"title\":5,\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"}}",
            "{\"formatVersion\":1,\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"}}",
            "{\"formatVersion\":1,\"title\":\"T\",\"titel\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"}}",
            "{\"formatVersion\":2,\"title\":\"T\"}",
            "{\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\",\"adoptionDate\":\"2011-02-30\"}}",
            "{\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\",\"profile\":{\"projection\":{\"changePercent\":NaN,\"fromYear\":1,\"toYear\":2}}},\"version\":{\"label\":\"1\",\"status\":\"draft\"}}",
            "{\"formatVersion\":1,\"title\":\"T\",\"title\":\"U\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"}}",
            "{\"formatVersion\":1,\"title\":null,\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"}}",
            "{\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"Draft\"}}",
            "{\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"},\"goals\":[null]}",
            "{\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"},\"goals\":[{\"id\":\" \",\"actionFieldId\":\"x\",\"text\":\"t\"}]}",
            "{\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"},\"goals\":[{\"id\":\"g\",\"actionFieldId\":\"x\",\"text\":\"t\"},{\"id\":\"g\",\"actionFieldId\":\"x\",\"text\":\" \"}]}",
            "{\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"},\"x\":" + new string('[', 100) + new string(']', 100) + "}",
            "{\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"},\"goals\":{}}",
            "{\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"},\"goals\":[{}]}",
            "{\"formatVersion\":\"1\",\"title\":\"T\",\"municipality\":{\"name\":\"M\"},\"version\":{\"label\":\"1\",\"status\":\"draft\"}}",
            "{\"formatVersion\":1,\"title\":\"T\",\"municipality\":{\"name\":\"M\",\"profile\":{\"projection\":{\"changePercent\":1e400,\"fromYear\":1,\"toYear\":2}}},\"version\":{\"label\":\"1\",\"status\":\"draft\"}}",
            "{\"$schema\":\"https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/district-plan.v1.schema.json\",\"formatVersion\":1}",
            "",
            "[]",
            "null",
        ];
        foreach (var json in bad)
        {
            try
            {
                DocumentSerializer.ReadCityConcept(json);
                output.WriteLine("NO ERROR: " + json);
            }
            catch (DocumentFormatException ex)
            {
                output.WriteLine($"[{ex.Path} L{ex.LineNumber} B{ex.BytePositionInLine}] {ex.Message} || {ex.InnerException?.GetType().Name}: {ex.InnerException?.Message}");
            }
            catch (Exception ex)
            {
                output.WriteLine("OTHER " + ex);
            }
        }

        try { DocumentSerializer.ReadCityConcept(bad[14], DocumentReadOptions.Default.WithAllowUnknownMembers(true)); }
        catch (DocumentFormatException ex) { output.WriteLine($"[{ex.Path} L{ex.LineNumber} B{ex.BytePositionInLine}] {ex.Message}"); }
    }
}
