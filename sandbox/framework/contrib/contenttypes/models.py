# django.contrib.contenttypes.models, run by the sandbox's Python on the framework's ORM.
from django.db import models


class ContentTypeManager(models.Manager):
    use_in_migrations = True

    def get_by_natural_key(self, app_label, model):
        return self.get(app_label=app_label, model=model)

    def get_for_model(self, model, for_concrete_model=True):
        app_label, model_name = _model_key(model)
        ct, created = self.get_or_create(app_label=app_label, model=model_name)
        return ct

    def get_for_models(self, *models, for_concrete_models=True):
        return {model: self.get_for_model(model) for model in models}

    def get_for_id(self, id):
        return self.get(pk=id)

    def clear_cache(self):
        pass


class ContentType(models.Model):
    app_label = models.CharField(max_length=100)
    model = models.CharField("python model class name", max_length=100)
    objects = ContentTypeManager()

    class Meta:
        verbose_name = "content type"
        verbose_name_plural = "content types"
        db_table = "django_content_type"
        unique_together = [["app_label", "model"]]

    def __str__(self):
        return self.app_labeled_name

    @property
    def name(self):
        verbose_name = _known_verbose_name(self.app_label, self.model)
        if verbose_name is None:
            return self.model
        return verbose_name

    @property
    def app_labeled_name(self):
        verbose_name = _known_verbose_name(self.app_label, self.model)
        if verbose_name is None:
            return self.model
        return "%s | %s" % (_app_verbose_name(self.app_label), verbose_name)

    def model_class(self):
        return _model_class(self.app_label, self.model)

    def get_object_for_this_type(self, using=None, **kwargs):
        return self.model_class().objects.get(**kwargs)

    def get_all_objects_for_this_type(self, **kwargs):
        return self.model_class().objects.filter(**kwargs)

    def natural_key(self):
        return (self.app_label, self.model)
