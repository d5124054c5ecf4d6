namespace IntegrationConcept.Model.Validation;

/// <summary>The kinds of structural problem a city concept or district plan can have.</summary>
public enum ModelProblemCode
{
    /// <summary>An element has no id.</summary>
    MissingId,

    /// <summary>Two elements of the same kind share an id.</summary>
    DuplicateId,

    /// <summary>A reference names an element that the document does not contain.</summary>
    UnresolvedReference,

    /// <summary>References form a cycle, such as a goal that is its own parent.</summary>
    Cycle,

    /// <summary>A name, text or other required wording is empty.</summary>
    EmptyText,

    /// <summary>A period ends before it starts.</summary>
    EndBeforeStart,

    /// <summary>A target is dated before the indicator's baseline.</summary>
    TargetBeforeBaseline,

    /// <summary>A qualitative indicator carries a number.</summary>
    NumberOnQualitative,

    /// <summary>A quantitative or percentage indicator's data point has no number.</summary>
    MissingNumber,

    /// <summary>A value has the wrong form, such as an official municipality key that is not eight digits.</summary>
    InvalidFormat,

    /// <summary>Two statements about one element contradict each other, such as a district goal that refines city goals and is marked district-specific.</summary>
    Contradiction,
}
