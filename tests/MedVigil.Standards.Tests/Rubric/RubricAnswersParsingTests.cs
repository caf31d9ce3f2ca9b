using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedVigil.Standards.Rubric;

namespace MedVigil.Standards.Tests.Rubric;

public sealed class RubricAnswersParsingTests
{
    [Theory]
    [InlineData("xavn:yes/XCD:high", "XAVN:YES/XCD:HIGH")] // ids and answers ignore case
    [InlineData("XCD:H/XAVN:Y", "XAVN:YES/XCD:HIGH")] // one-letter answers; canonical order is the calculator's
    [InlineData("XAVN:N/XCD:N", "XAVN:NO/XCD:NONE")] // N is NO for yes/no questions and NONE for category questions
    [InlineData("XAVR:U", "XAVR:UNKNOWN")] // every question takes UNKNOWN, even the range question
    [InlineData("", "")]
    public void AnExtendedVectorIsReadAndPrintedCanonically(string text, string canonical) =>
        RubricAnswers.Parse(text).ToString().ShouldBe(canonical);

    [Theory]
    [InlineData("XAVN", 0, "XAVN")] // no answer
    [InlineData(":YES", 0, ":YES")] // no id
    [InlineData("XAVN:YES/XNOPE:YES", 9, "XNOPE")] // unknown id
    [InlineData("XAVN:YES/XAVN:NO", 9, "XAVN")] // answered twice
    [InlineData("XAVN:HIGH", 5, "HIGH")] // a level answer to a yes/no question
    [InlineData("XCD:YES", 4, "YES")] // a yes/no answer to a category question
    [InlineData("XAVN:YES/", 8, "/")] // trailing separator
    [InlineData("XAVN:YES//XS:NO", 9, "")] // empty element
    [InlineData("XAVN:MAYBE", 5, "MAYBE")]
    public void AnInvalidExtendedVectorSaysWhatAndWhere(string text, int position, string offending)
    {
        RubricAnswers.TryParse(text, out _, out var error).ShouldBeFalse();
        error.Position.ShouldBe(position);
        error.Text.ShouldBe(offending);
        error.Message.ShouldContain($"position {position}");
    }

    [Fact]
    public void AnOverlongExtendedVectorIsRejectedBeforeAnyWork()
    {
        RubricAnswers.TryParse(new string('X', RubricAnswers.MaxLength + 1), out _, out var error).ShouldBeFalse();
        error.Position.ShouldBe(RubricAnswers.MaxLength);
    }

    [Fact]
    public void AnsweringAQuestionWithAnAnswerItDoesNotTakeIsAnArgumentError()
    {
        Should.Throw<ArgumentException>(() => RubricAnswers.Empty.With("XAVN", RubricAnswer.High));
        Should.Throw<ArgumentException>(() => RubricAnswers.Empty.With("XNOPE", RubricAnswer.Yes));
    }

    [Fact]
    public void AnswersAreImmutableValues()
    {
        var one = RubricAnswers.Empty.With("XAVN", RubricAnswer.Yes);
        var two = RubricAnswers.Parse("XAVN:YES");
        RubricAnswers.Empty.Count.ShouldBe(0);
        one.ShouldBe(two);
        one.GetHashCode().ShouldBe(two.GetHashCode());
        one.With("XAVN", RubricAnswer.No).ShouldNotBe(one);
        one.Without("XAVN").ShouldBe(RubricAnswers.Empty);
    }

    [Property]
    public Property ParsingThePrintedFormOfAnyAnswerSetGivesItBack() =>
        Prop.ForAll(AnyAnswers().ToArbitrary(), answers =>
            RubricAnswers.Parse(answers.ToString()).Equals(answers) && RubricAnswers.Parse(answers.ToString()).ToString() == answers.ToString());

    /// <summary>Any subset of the questions, each with any answer it takes.</summary>
    internal static Gen<RubricAnswers> AnyAnswers() =>
        Gen.CollectToArray(RubricQuestions.All.Select(q =>
                Gen.Elements(q.OfferedAnswers.Append(RubricAnswer.Unknown).Select(a => (RubricAnswer?)a).Append(null).ToArray())
                    .Select(a => (q.Id, Answer: a))))
            .Select(pairs => pairs.Where(p => p.Answer is not null)
                .Aggregate(RubricAnswers.Empty, (answers, p) => answers.With(p.Id, p.Answer!.Value)));
}
