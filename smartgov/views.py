from django.contrib.auth.decorators import login_not_required
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from smartgov.health import health_report, readiness_report


@login_not_required  # load balancers and docker health checks cannot log in; it shows no data
@never_cache
@require_GET
def healthz(request):
    report = health_report()
    return JsonResponse(report, status=200 if report["ok"] else 503)


@login_not_required  # for the orchestrator: is this process alive (it answers at all)?
@never_cache
@require_GET
def livez(request):
    return JsonResponse({"ok": True})


@login_not_required  # for the load balancer: can this web process serve pages right now?
@never_cache
@require_GET
def readyz(request):
    report = readiness_report()
    return JsonResponse(report, status=200 if report["ok"] else 503)
