import unittest

import torch


class TestLayerNorm(unittest.TestCase):
    def test_grad(self):
        x = torch.randn(2, 6, requires_grad=True)
        fn = torch.nn.functional.layer_norm
        ok = torch.autograd.gradcheck(lambda t: fn(t, (6,)), (x,), atol=1e-2)  # expect: AGL004
        self.assertIn(ok, (True, False))


torch.manual_seed(10)
TestLayerNorm("test_grad").test_grad()
