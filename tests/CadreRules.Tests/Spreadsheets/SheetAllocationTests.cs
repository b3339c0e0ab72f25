using System;
using System.IO;
using System.Text;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.Rules;
using CadreRules.Spreadsheets;
using Xunit;

namespace CadreRules.Tests.Spreadsheets;

/// <summary>Reading a sheet allocates a bounded amount per row, whatever its length (no timing: bytes counted).</summary>
public sealed class SheetAllocationTests
{
    [Fact]
    public void ReadingCsvEvaluations_AllocatesTheSamePerRow_ForTenTimesTheRows()
    {
        double small = BytesPerRow(2_000);
        double large = BytesPerRow(20_000);
        Assert.True(large < small * 1.25 + 256, $"{small:0} bytes a row for 2,000 rows, {large:0} for 20,000");
        Assert.True(large < 64 * 1024, $"{large:0} bytes a row");
    }

    private static double BytesPerRow(int rows)
    {
        var text = new StringBuilder("Năm đánh giá,Mã,Đơn vị,Nhóm so sánh,Đối tượng,Ngày đánh giá,Tổng số nhiệm vụ,Số nhiệm vụ hoàn thành,\"Hoàn thành đúng hạn, bảo đảm chất lượng\"\n");
        for (int i = 0; i < rows; i++)
        {
            text.Append("2025,P").Append(i).Append(",Chi bộ ").Append(i % 50).Append(",đảng viên,đảng viên,15/12/2025,10,10,10\n");
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        long before = GC.GetAllocatedBytesForCurrentThread();
        using (SpreadsheetSource source = SpreadsheetSource.Open(new MemoryStream(bytes), SpreadsheetFormat.Csv, Language.English))
        using (var reader = EvaluationSheetReader.Open(source))
        {
            int count = 0;
            foreach (EvaluationEntry _ in reader.ReadPeople())
            {
                count++;
            }

            Assert.Equal(rows, count);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)rows;
    }
}
