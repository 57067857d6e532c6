# The model-editing views of django.views.generic.edit, run by the sandbox's Python, over the
# FormMixin, ProcessFormView, BaseFormView and FormView put in the module before it runs.
from django.core.exceptions import ImproperlyConfigured
from django.forms import Form, ModelForm
from django.http import HttpResponseRedirect
from django.views.generic.detail import BaseDetailView, SingleObjectMixin, SingleObjectTemplateResponseMixin


def _modelform_factory(model, fields):
    # forms.models.modelform_factory(model, fields=...): a ModelForm named after the model.
    meta = type("Meta", (), {"model": model, "fields": fields})

    class Form(ModelForm):
        Meta = meta

    Form.__name__ = Form.__qualname__ = model.__name__ + "Form"
    return Form


class ModelFormMixin(FormMixin, SingleObjectMixin):
    fields = None

    def get_form_class(self):
        if self.fields is not None and self.form_class:
            raise ImproperlyConfigured("Specifying both 'fields' and 'form_class' is not permitted.")
        if self.form_class:
            return self.form_class
        if self.model is not None:
            model = self.model
        elif getattr(self, "object", None) is not None:
            model = self.object.__class__
        else:
            model = self.get_queryset().model
        if self.fields is None:
            raise ImproperlyConfigured(
                "Using ModelFormMixin (base class of %s) without the 'fields' attribute is prohibited."
                % self.__class__.__name__
            )
        return _modelform_factory(model, self.fields)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if hasattr(self, "object"):
            kwargs.update({"instance": self.object})
        return kwargs

    def get_success_url(self):
        if self.success_url:
            return str(self.success_url).format(**self.object.__dict__)
        try:
            return self.object.get_absolute_url()
        except AttributeError:
            raise ImproperlyConfigured(
                "No URL to redirect to.  Either provide a url or define a get_absolute_url method on the Model."
            )

    def form_valid(self, form):
        self.object = form.save()
        return super().form_valid(form)


class BaseCreateView(ModelFormMixin, ProcessFormView):
    def get(self, request, *args, **kwargs):
        self.object = None
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.object = None
        return super().post(request, *args, **kwargs)


class CreateView(SingleObjectTemplateResponseMixin, BaseCreateView):
    template_name_suffix = "_form"


class BaseUpdateView(ModelFormMixin, ProcessFormView):
    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        return super().post(request, *args, **kwargs)


class UpdateView(SingleObjectTemplateResponseMixin, BaseUpdateView):
    template_name_suffix = "_form"


class DeletionMixin:
    success_url = None

    def delete(self, request, *args, **kwargs):
        self.object = self.get_object()
        success_url = self.get_success_url()
        self.object.delete()
        return HttpResponseRedirect(success_url)

    def post(self, request, *args, **kwargs):
        return self.delete(request, *args, **kwargs)

    def get_success_url(self):
        if self.success_url:
            return str(self.success_url).format(**self.object.__dict__)
        raise ImproperlyConfigured("No URL to redirect to. Provide a success_url.")


class BaseDeleteView(DeletionMixin, FormMixin, BaseDetailView):
    form_class = Form

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        form = self.get_form()
        if form.is_valid():
            return self.form_valid(form)
        return self.form_invalid(form)

    def form_valid(self, form):
        success_url = self.get_success_url()
        self.object.delete()
        return HttpResponseRedirect(success_url)


class DeleteView(SingleObjectTemplateResponseMixin, BaseDeleteView):
    template_name_suffix = "_confirm_delete"
