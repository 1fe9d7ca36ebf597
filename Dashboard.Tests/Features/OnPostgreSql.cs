using Dashboard.Infrastructure.Data;
using Dashboard.Tests.Features.Heatmaps;
using Dashboard.Tests.Features.Import;
using Dashboard.Tests.Features.Kpis;

namespace Dashboard.Tests.Features;

// The same tests on PostgreSQL (a real server, see PostgresServer): the figures must not differ by provider.

public sealed class RequestFiguresOnPostgreSqlTests : RequestFiguresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}

public sealed class IncidentFiguresOnPostgreSqlTests : IncidentFiguresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}

public sealed class CommendationCandidateOnPostgreSqlTests : CommendationCandidateTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}

public sealed class FigureTotalsOnPostgreSqlTests : FigureTotalsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}

public sealed class HeatmapOnPostgreSqlTests : HeatmapTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}

public sealed class RollupAndWatchlistOnPostgreSqlTests : RollupAndWatchlistTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}

public sealed class ImportOnPostgreSqlTests : ImportServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}

public sealed class ImportAtScaleOnPostgreSqlTests : ImportAtScaleTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}

public sealed class ImportFaultOnPostgreSqlTests : ImportFaultTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}
