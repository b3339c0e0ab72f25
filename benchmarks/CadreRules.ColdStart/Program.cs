// Prints one line with the cumulative times of the catalogue's first use in this process (see ColdCatalogProbe).
System.Console.WriteLine(CadreRules.Benchmarks.Catalog.ColdCatalogProbe.Run());
return 0;
