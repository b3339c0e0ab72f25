// A native AOT smoke test: the library's answer must be the same compiled ahead of time as under the JIT.
using System;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;

RetirementSchedule schedule = RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1961, 1));
string text = schedule.Explain().Render(Language.Vietnamese);
Console.WriteLine(text);
const string Expected = "Tuổi nghỉ hưu 60 năm 3 tháng, đủ tuổi trong tháng 04/2021, nghỉ hưu từ hết ngày 30/04/2021";
if (text != Expected)
{
    Console.Error.WriteLine("unexpected output; expected: " + Expected);
    return 1;
}

return 0;
