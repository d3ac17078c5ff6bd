using MineralTrade.Benchmarks;

// One tool per measurement the shell scripts beside this folder cannot make with curl and wrk alone.
return args switch
{
    ["first-chart", var url, var runs, .. var rest] => await FirstChart.RunAsync(url, Arg.Int(runs), rest is [var t, ..] ? Arg.Int(t) : 60),
    ["circuits", var url, var pages] => await CircuitMemory.RunAsync(url, Arg.Int(pages)),
    ["csv-writer", var csv, var runs] => await CsvWriterBaseline.RunAsync(csv, Arg.Int(runs)),
    ["raw-insert", var csv, var db] => RawInsert.Run(csv, db),
    ["readers", var url, var readers, var seconds] => await Readers.RunAsync(url, Arg.Int(readers), Arg.Int(seconds)),
    ["fetch-file", var url, var key, var csv, .. var only] => await FetchFile.RunAsync(url, key, csv, only is [var i] ? Arg.Int(i) : null),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: MineralTrade.Benchmarks first-chart URL RUNS [TIMEOUT_SECONDS]
               MineralTrade.Benchmarks circuits URL PAGES
               MineralTrade.Benchmarks csv-writer EXTRACT.csv RUNS
               MineralTrade.Benchmarks raw-insert COMTRADE.csv STORE.db
               MineralTrade.Benchmarks readers URL READERS SECONDS
               MineralTrade.Benchmarks fetch-file STANDIN_URL KEY OUT.csv [SERIES_INDEX]
        """);
    return 2;
}
