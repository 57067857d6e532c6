# django.views.generic.detail, run by the sandbox's Python. ContextMixin, TemplateResponseMixin,
# View and _meta (a model's app_label, model_name and verbose_name, or None for what is not a
# model or a model instance) are put in the module before it runs.
from django.core.exceptions import ImproperlyConfigured
from django.http import Http404


class SingleObjectMixin(ContextMixin):
    model = None
    queryset = None
    slug_field = "slug"
    context_object_name = None
    slug_url_kwarg = "slug"
    pk_url_kwarg = "pk"
    query_pk_and_slug = False

    def get_object(self, queryset=None):
        if queryset is None:
            queryset = self.get_queryset()
        pk = self.kwargs.get(self.pk_url_kwarg)
        slug = self.kwargs.get(self.slug_url_kwarg)
        if pk is not None:
            queryset = queryset.filter(pk=pk)
        if slug is not None and (pk is None or self.query_pk_and_slug):
            queryset = queryset.filter(**{self.get_slug_field(): slug})
        if pk is None and slug is None:
            raise AttributeError(
                "Generic detail view %s must be called with either an object pk or a slug in the URLconf."
                % self.__class__.__name__
            )
        try:
            return queryset.get()
        except queryset.model.DoesNotExist:
            raise Http404("No %s found matching the query" % _meta(queryset.model)["verbose_name"])

    def get_queryset(self):
        if self.queryset is None:
            if self.model:
                return self.model._default_manager.all()
            raise ImproperlyConfigured(
                "%(cls)s is missing a QuerySet. Define %(cls)s.model, %(cls)s.queryset, or override %(cls)s.get_queryset()."
                % {"cls": self.__class__.__name__}
            )
        return self.queryset.all()

    def get_slug_field(self):
        return self.slug_field

    def get_context_object_name(self, obj):
        if self.context_object_name:
            return self.context_object_name
        meta = _meta(obj)
        if meta is not None and not isinstance(obj, type):
            return meta["model_name"]
        return None

    def get_context_data(self, **kwargs):
        context = {}
        if self.object:
            context["object"] = self.object
            name = self.get_context_object_name(self.object)
            if name:
                context[name] = self.object
        context.update(kwargs)
        return super().get_context_data(**context)


class BaseDetailView(SingleObjectMixin, View):
    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        context = self.get_context_data(object=self.object)
        return self.render_to_response(context)


class SingleObjectTemplateResponseMixin(TemplateResponseMixin):
    template_name_field = None
    template_name_suffix = "_detail"

    def get_template_names(self):
        try:
            names = super().get_template_names()
        except ImproperlyConfigured:
            names = []
            obj = getattr(self, "object", None)
            if obj and self.template_name_field:
                name = getattr(obj, self.template_name_field, None)
                if name:
                    names.insert(0, name)
            instance_meta = None if obj is None or isinstance(obj, type) else _meta(obj)
            model = getattr(self, "model", None)
            model_meta = _meta(model) if isinstance(model, type) else None
            meta = instance_meta or model_meta
            if meta is not None:
                names.append("%s/%s%s.html" % (meta["app_label"], meta["model_name"], self.template_name_suffix))
            if not names:
                raise ImproperlyConfigured(
                    "SingleObjectTemplateResponseMixin requires a definition of 'template_name', "
                    "'template_name_field', or 'model'; or an implementation of 'get_template_names()'."
                )
        return names


class DetailView(SingleObjectTemplateResponseMixin, BaseDetailView):
    pass
