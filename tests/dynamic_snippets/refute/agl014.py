import types


def test_config_attribute():
    cfg = types.SimpleNamespace()
    cfg.require_grad = True  # claim: AGL014 cfg.require_grad


class Runner:
    def backwards(self):
        return "rewound"


def test_user_method():
    r = Runner()
    r.backwards()  # claim: AGL014 r.backwards()
